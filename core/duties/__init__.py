"""GDPR duties: opt-outs, retention, access and erasure requests, action lists, exports, handover and closing a pilot."""
