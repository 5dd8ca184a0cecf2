CREATE DATABASE {{database}} TEMPLATE template0 ENCODING {{encoding}}
