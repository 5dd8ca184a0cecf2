CREATE DATABASE {{copy}} TEMPLATE {{database}}
