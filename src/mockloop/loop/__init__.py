"""A whole loop: its rounds run in order with memory across them, then a committee's debrief."""
