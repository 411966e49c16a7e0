"""The JSON API for e-office systems (``/api/v1``): list occurrences, post submissions,
extension requests and acknowledgements, with one hashed token per committee."""
