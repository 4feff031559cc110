"""The directory screens: people, organizations, importing a spreadsheet, merging and deleting."""
