SELECT max({{column}})::bigint FROM {{table}};
