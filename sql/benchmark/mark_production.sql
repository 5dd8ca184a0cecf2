COMMENT ON DATABASE {{database}} IS 'DevDb benchmark production'
