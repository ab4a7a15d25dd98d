-- Issue 17: more room on the pages of "ObservationCurrent", so that revising a figure
-- rewrites its row on the same page (a HOT update: no new index entries). Since the rows
-- carry the figure itself (migration current_version_figures, about 130 bytes a row),
-- fillfactor 70 left room for the new versions of about a third of a page's rows, and an
-- import revising every year of a series rewrites them all in one statement: of 20,000
-- revised figures, 7,736 stayed on their page; the others wrote their row elsewhere and
-- an entry in both indexes. At 45 every one did (20,000 of 20,000), in the same bench.
-- The table takes about half again the space; it holds one row per series and year, not
-- per version. Pages filled before this migration keep their fill until their rows move.
ALTER TABLE "ObservationCurrent" SET (fillfactor = 45);
