"""The demo: the generator of demo exports and the headless demo run."""
