"""Voice: spoken answers in (recording, transcription), spoken questions out, and delivery
figures (pace, fillers, pauses) from the transcript's word timestamps.

Nothing heavy is imported here: `mockloop --help` and typed interviews never load openai,
sounddevice or faster-whisper."""
