-- Whether the developer database has been set up by DevDb (it holds the foreign server).
SELECT EXISTS (SELECT 1 FROM pg_foreign_server WHERE srvname = 'devdb_production')
   AND to_regclass('devdb.mirrored_schema') IS NOT NULL;
