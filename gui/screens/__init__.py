"""One module per screen; each is a :class:`gui.screens.page.Page` over the shared session."""
