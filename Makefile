# The two commands of the README. Each sets up what is missing (Node 24, pnpm, dependencies, Redis) first.
.PHONY: start test

start:
	@bash scripts/start.sh

test:
	@bash scripts/test.sh
