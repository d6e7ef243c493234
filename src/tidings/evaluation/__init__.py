"""Gold annotations and the precision/recall/F1 measurements behind ``tidings eval``."""
