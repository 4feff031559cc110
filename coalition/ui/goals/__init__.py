"""The dashboard's state map and coalition graph, the State map screen and the board report."""
