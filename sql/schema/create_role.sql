-- A stand-in for a production role that a policy names: it cannot log in and holds nothing.
CREATE ROLE {{role}} NOLOGIN
