"""Practice across sessions: the score history per criterion (`mockloop progress`) and
drills aimed at its weakest criteria and at questions not yet practised (`mockloop drill`)."""
