"""Reports and exports: terminal, Markdown, HTML, JSON, the transcript."""
