"""The receiver: the form's POST becomes a branch, a commit and a pull request.

HTTP only; every judgement about a melding comes from :class:`kompetanse.repository.check.Validator`, and every
git operation from :mod:`kompetanse.gitops`.
"""
