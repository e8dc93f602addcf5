"""The state store: one interface (`base.ShadowStore`), three backends (memory, postgres, redis)."""
