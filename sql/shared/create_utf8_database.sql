-- A new, empty UTF-8 database (restores, the demo's and the benchmark's productions).
CREATE DATABASE {{database}} TEMPLATE template0 ENCODING 'UTF8'
