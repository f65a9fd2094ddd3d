"""LinkedIn plain-text output: markdown-ish model text to what LinkedIn shows, its length and fold.

Plain Python (no Qt). The UI uses `format.to_linkedin_text` for "Copy for LinkedIn",
`format.linkedin_length` for the 3,000-character counter, `fold` for the "…see more" place,
and `render` for safe HTML of model output and of the feed preview.
"""
