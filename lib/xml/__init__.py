"""Tools for XML documents; the element-tree API lives in xml.etree."""
