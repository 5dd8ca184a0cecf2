ANALYZE {{tables}};
