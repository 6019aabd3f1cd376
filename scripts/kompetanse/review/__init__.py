"""The caseworker's reports: the review of a pull request and the output of validate."""
