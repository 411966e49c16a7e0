"""Plans (Kế hoạch): reading plan documents, proposing their tasks and deadlines,
and importing reviewed plan files."""
