using DevDb.Cluster;
using DevDb.Common;
using Npgsql;

namespace DevDb.Demo;

/// <summary>
/// A database a throwaway cluster generates once and then reuses: the demo's production and the
/// benchmark's. It is marked (a comment on the database) only once complete, so an interrupted
/// generation is redone next time.
/// </summary>
public static class GeneratedDatabase
{
    /// <summary>
    /// Reuses <paramref name="database"/> when it carries <paramref name="marker"/>; otherwise drops
    /// it, creates it, runs <paramref name="generate"/> on it and marks it with <paramref name="markSql"/>.
    /// Returns whether it was generated now.
    /// </summary>
    public static bool Ensure(LocalCluster cluster, SqlFiles sql, string database, string marker, string markSql, Action<NpgsqlConnection> generate)
    {
        using var server = Open(cluster, "postgres");
        using (var check = new NpgsqlCommand(sql.Load("shared/find_marked_database.sql"), server))
        {
            check.Parameters.Add(new NpgsqlParameter { Value = database });
            check.Parameters.Add(new NpgsqlParameter { Value = marker });
            if (check.ExecuteScalar() is true) return false;
        }
        var fragments = new Dictionary<string, SqlFragment> { ["database"] = SqlFragment.Identifier(database) };
        Execute(server, sql.Render("setup/drop_database.sql", fragments));
        Execute(server, sql.Render("shared/create_utf8_database.sql", fragments));
        using (var generated = Open(cluster, database)) generate(generated);
        Execute(server, sql.Render(markSql, fragments));
        return true;
    }

    /// <summary>A connection to a database of the throwaway cluster, as its superuser.</summary>
    public static NpgsqlConnection Open(LocalCluster cluster, string database)
    {
        var connection = new NpgsqlConnection(cluster.ConnectionString(database));
        connection.Open();
        return connection;
    }

    public static void Execute(NpgsqlConnection connection, string text)
    {
        using var command = new NpgsqlCommand(text, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
