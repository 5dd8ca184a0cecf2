COMMENT ON DATABASE {{database}} IS 'DevDb demo production'
