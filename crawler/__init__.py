"""pubcheck: crawls a website and finds confidential information before and after it is published."""

__version__ = "0.1.0"
