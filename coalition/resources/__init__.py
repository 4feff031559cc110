"""Files shipped with Coalition, read through :mod:`coalition.common.resources`."""
