-- The table the Orleans ADO.NET providers read their query texts from, by key, when a silo
-- starts. Run first; 2-clustering.sql and 3-persistence.sql fill it. Every script of this
-- folder may run again on a database that has it: it creates what is missing and replaces
-- the query texts.
CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey varchar(64) NOT NULL PRIMARY KEY,
    QueryText text NOT NULL
);
