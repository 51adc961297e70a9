// shared vitest setup
