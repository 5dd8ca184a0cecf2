using DevDb.Common;
using Npgsql;
using Xunit;

namespace DevDb.Tests.Infrastructure;

/// <summary>What a user would check in a developer database, written independently of the library.</summary>
public static class Checks
{
    /// <summary>Every foreign key constraint in the application schemas has no orphan row.</summary>
    public static int AssertForeignKeysHold(NpgsqlConnection dev)
    {
        var keys = new List<(string child, string parent, string[] childCols, string[] parentCols, string name)>();
        using (var cmd = new NpgsqlCommand("""
            SELECT format('%I.%I', cn.nspname, c.relname), format('%I.%I', pn.nspname, p.relname),
                   array(SELECT quote_ident(attname) FROM unnest(k.conkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY o),
                   array(SELECT quote_ident(attname) FROM unnest(k.confkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY o),
                   k.conname::text
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
            JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE k.contype = 'f' AND cn.nspname NOT LIKE 'devdb%'
            """, dev))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) keys.Add((r.GetString(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.GetFieldValue<string[]>(3), r.GetString(4)));

        Assert.NotEmpty(keys);
        foreach (var k in keys)
        {
            var notNull = string.Join(" AND ", k.childCols.Select(c => $"c.{c} IS NOT NULL"));
            var match = string.Join(" AND ", k.childCols.Zip(k.parentCols, (c, p) => $"p.{p} = c.{c}"));
            var orphans = DatabasePair.Scalar<long>(dev, $"SELECT count(*) FROM {k.child} c WHERE {notNull} AND NOT EXISTS (SELECT 1 FROM {k.parent} p WHERE {match})");
            Assert.True(orphans == 0, $"foreign key {k.name} on {k.child} has {orphans} orphan rows");
        }
        return keys.Count;
    }

    public static List<string> Columns(NpgsqlConnection db, params string[] schemas)
    {
        var result = new List<string>();
        using var cmd = new NpgsqlCommand("""
            SELECT table_schema || '.' || table_name || '.' || column_name || ':' || data_type
            FROM information_schema.columns
            WHERE table_schema = ANY ($1)
              AND (table_schema, table_name) IN (SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')
            ORDER BY 1
            """, db);
        cmd.Parameters.Add(new NpgsqlParameter { Value = schemas });
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(r.GetString(0));
        return result;
    }

    public static Dictionary<string, long> RowCounts(NpgsqlConnection db, params string[] tables) =>
        tables.ToDictionary(t => t, t => DatabasePair.Scalar<long>(db, $"SELECT count(*) FROM {t}"));

    public static bool DatabaseExists(NpgsqlConnection admin, string name) =>
        DatabasePair.Scalar<bool>(admin, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name);

    /// <summary>Heap blocks production has read or found in cache for a table, from its statistics views.</summary>
    public static long BlocksTouched(NpgsqlConnection prod, string table)
    {
        DatabasePair.Exec(prod, "SELECT pg_stat_clear_snapshot()");
        return DatabasePair.Scalar<long>(prod, "SELECT coalesce(heap_blks_read, 0) + coalesce(heap_blks_hit, 0) FROM pg_statio_user_tables WHERE relname = $1", table);
    }

    /// <summary>The counter once earlier sessions' statistics have arrived (they come when a session ends).</summary>
    public static long WaitForStableBlocks(NpgsqlConnection prod, string table)
    {
        var last = BlocksTouched(prod, table);
        for (var i = 0; i < 10; i++)
        {
            Thread.Sleep(200);
            var now = BlocksTouched(prod, table);
            if (now == last) return now;
            last = now;
        }
        return last;
    }

    /// <summary>Statistics reach the views when the reading session ends; waits briefly for them.</summary>
    public static long WaitForBlocksTouched(NpgsqlConnection prod, string table, long before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        long now;
        while ((now = BlocksTouched(prod, table)) == before && DateTime.UtcNow < deadline) Thread.Sleep(200);
        return now;
    }
}

public static class Snapshot
{
    /// <summary>A fingerprint of every row of every table in the schemas, to compare two builds.</summary>
    public static Dictionary<string, string> Tables(NpgsqlConnection db, params string[] schemas)
    {
        var tables = new List<string>();
        using (var cmd = new NpgsqlCommand("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1", db))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = schemas });
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        return tables.ToDictionary(t => t, t => DatabasePair.Scalar<string>(db, $"SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') FROM {t} x")!);
    }
}
