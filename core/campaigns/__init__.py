"""Campaigns: an action on segments with a random control group held back, and what it measurably changed."""
