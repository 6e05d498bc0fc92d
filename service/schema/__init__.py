"""The service's contracts: the input article, the output event, and typed input errors."""
