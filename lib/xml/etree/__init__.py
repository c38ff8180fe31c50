"""The element-tree API for XML: see xml.etree.ElementTree."""
