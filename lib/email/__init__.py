"""The email package, in part: email.utils (dates, addresses, RFC 2231 parameters) and
email.errors. Messages, parsers, generators and headers are not provided."""
