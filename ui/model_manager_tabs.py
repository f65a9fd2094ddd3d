"""The model manager's tabs, without the dialog: the window names a tab at start-up and imports
the dialog (servers, downloads, keyring) only when it opens (issue 11: the window within 0.5 s)."""

MODELS_TAB, GET_TAB, SERVER_TAB = 0, 1, 2
