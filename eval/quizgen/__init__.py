"""Quiz generators of the evaluation benchmark: 431 questions in 27 quizzes (see docs/dev/quiz-contract.md).

``catalog.ALL_QUIZZES`` lists the quizzes in report order; ``build.build_quizzes(seed)`` builds them all.
"""
