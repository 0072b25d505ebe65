-- Search orders matches by time. For a common word PostgreSQL walks the newest messages and keeps
-- the matches; for a rare one it must read the GIN index instead. It picks by its estimate of how
-- often the word occurs, and with the default statistics any word outside the ~1,000 most common
-- lexemes is guessed at ~0.08% of messages: at 5M messages a word in 100 of them was walked for
-- 3 s. A larger sample knows ~20,000 lexemes and puts the rest low enough to use the index (18 ms).
ALTER TABLE "messages" ALTER COLUMN "search" SET STATISTICS 2000;
