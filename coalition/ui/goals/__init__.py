"""The goals area's screen: the dashboard, the app's home, with its cards and charts."""
