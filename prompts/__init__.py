"""The built-in prompts (the .md files here), installed as the package data `followup.prompts`."""
