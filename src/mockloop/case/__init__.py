"""The take-home case: a brief grounded in the notes, grading the written answer, and the
agenda of its defence."""
