using System.Globalization;
using DevDb.Common;
using DevDb.Connections;

namespace DevDb.Processes;

/// <summary>
/// Process 1: creates the developer database (dropping the old one, only if DevDb made it or
/// --force is given), installs postgres_fdw and connects it to production, read-only.
/// </summary>
public static class SetupProcess
{
    public static void Run(DevDbSettings settings, ProductionFacts production)
    {
        // The developer database is replaced only at the end, when the new one is complete and
        // verified; refuse now what the swap would refuse to drop.
        using (var server = settings.OpenDevelopmentMaintenance())
            RefuseForeignDatabase(settings, server, settings.Development.Database);
        PrepareStaging(settings, production);
    }

    /// <summary>
    /// Creates this action's staging database (dropping a stale one left by an interrupted run),
    /// installs postgres_fdw and connects it to production, read-only.
    /// </summary>
    public static void PrepareStaging(DevDbSettings settings, ProductionFacts production)
    {
        var sql = settings.Sql;
        var staging = settings.StagingDatabase;
        var dbFragment = new Dictionary<string, SqlFragment> { ["database"] = SqlFragment.Identifier(staging) };

        using (var server = settings.OpenDevelopmentMaintenance())
        {
            RequireExtensions(settings, server, ["postgres_fdw"], "DevDb needs");
            RefuseForeignDatabase(settings, server, staging);
            settings.Reporter.Info($"Building into {Sql.Quote(staging)}; it replaces {settings.Development.Describe()} only once complete and verified");
            server.Execute(sql.Render("setup/drop_database.sql", dbFragment));
            server.Execute(sql.Render("setup/create_database.sql", new Dictionary<string, SqlFragment>
            {
                ["database"] = SqlFragment.Identifier(staging),
                ["encoding"] = SqlFragment.Identifier(production.Encoding),
            }));
            server.Execute(sql.Render("setup/mark_database.sql", dbFragment));
        }
        settings.Run.Staging = staging;

        using var dev = settings.OpenTarget();
        using (var transaction = dev.Begin())
        {
            dev.Execute(sql.Load("setup/foreign_server.sql"), ProductionOptions(settings));
            transaction.Commit();
        }

        CheckForeignServer(settings, dev);
        settings.Reporter.Info($"Foreign server devdb_production reaches production {settings.Production.Describe()} read-only (fetch_size {settings.Config.FetchSize})");
    }

    /// <summary>The foreign server's and user mapping's options for this run's production, as parameters.</summary>
    static Npgsql.NpgsqlParameter[] ProductionOptions(DevDbSettings settings)
    {
        var prod = settings.Production;
        return
        [
            Parameter("host", prod.Host),
            Parameter("port", prod.Port.ToString(CultureInfo.InvariantCulture)),
            Parameter("dbname", prod.Database),
            Parameter("fetch_size", settings.Config.FetchSize.ToString(CultureInfo.InvariantCulture)),
            Parameter("sslmode", prod.SslMode),
            Parameter("remote_user", prod.User),
            Parameter("remote_password", prod.Password),
        ];
    }

    /// <summary>
    /// Updating in place, inside the load's transaction: the foreign server an earlier build made
    /// takes this run's production settings (address, database, user, password, sslmode,
    /// fetch_size), the ones preflight just checked, and is proved again to reach production read-only.
    /// </summary>
    public static void FollowProduction(DevDbSettings settings, Database dev)
    {
        var changed = dev.Scalar<string[]>(settings.Sql.Load("setup/follow_production.sql"), ProductionOptions(settings)) ?? [];
        CheckForeignServer(settings, dev);
        if (changed.Length > 0)
            settings.Reporter.Info($"Foreign server devdb_production now reaches production {settings.Production.Describe()} ({string.Join(", ", changed)} changed since it was set up)");
    }

    static void RefuseForeignDatabase(DevDbSettings settings, Database server, string name)
    {
        var existing = server.Query(settings.Sql.Load("setup/find_database.sql"), r => r.GetBoolean(1), name);
        if (existing.Count == 1 && !existing[0] && !settings.Force)
            throw new DevDbException($"database \"{name}\" exists and was not created by DevDb; refusing to drop it (pass --force to replace it)", ExitCodes.BadInput);
    }

    /// <summary>
    /// The finished staging database becomes the developer database: sessions on the old one are
    /// disconnected and both renames happen in one transaction, so the switch takes a moment.
    /// </summary>
    public static void SwapIn(DevDbSettings settings)
    {
        if (settings.Run.Staging is not { } staging) return;
        var sql = settings.Sql;
        var live = settings.Development.Database;
        var old = (live.Length > 56 ? live[..56] : live) + "__old";
        using var server = settings.OpenDevelopmentMaintenance();
        server.Execute(sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier(old) }));
        var liveExists = server.Query(sql.Load("setup/find_database.sql"), r => r.GetString(0), live).Count == 1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var transaction = server.Begin();
                server.Execute(sql.Load("shared/terminate_sessions.sql"), live);
                server.Execute(sql.Load("shared/terminate_sessions.sql"), staging);
                if (liveExists)
                    server.Execute(sql.Render("setup/rename_database.sql", new() { ["from"] = SqlFragment.Identifier(live), ["to"] = SqlFragment.Identifier(old) }));
                server.Execute(sql.Render("setup/rename_database.sql", new() { ["from"] = SqlFragment.Identifier(staging), ["to"] = SqlFragment.Identifier(live) }));
                transaction.Commit();
                break;
            }
            catch (SqlFailedException e) when (e.SqlState == "55006" && attempt < 50)
            {
                // a disconnected session is still on its way out
                Thread.Sleep(100);
            }
        }
        server.Execute(sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier(old) }));
        settings.Run.Staging = null;
        settings.Reporter.Info($"The new developer database replaced the old one: {settings.Development.Describe()}");
    }

    /// <summary>Proves that the developer server itself reaches production, and that it does so read-only.</summary>
    public static void CheckForeignServer(DevDbSettings settings, Database dev)
    {
        string? readOnly;
        try
        {
            readOnly = dev.Scalar<string>(settings.Sql.Load("setup/check_foreign_server.sql"));
        }
        catch (SqlFailedException e)
        {
            throw new DevDbException($"the developer server cannot reach production {settings.Production.Describe()} through postgres_fdw: {e.Message.Replace("developer database: ", "")}", ExitCodes.Connection, e);
        }
        if (readOnly != "on") throw new DevDbException("production's sessions through the foreign server are not read-only; refusing to continue");
    }

    /// <summary>Fails, naming them, when the developer server cannot install some of these extensions.</summary>
    public static void RequireExtensions(DevDbSettings settings, Database developerServer, IReadOnlyList<string> extensions, string whoNeedsThem)
    {
        var missing = developerServer.Query(settings.Sql.Load("shared/missing_extensions.sql"), r => r.GetString(0), (object)extensions.ToArray());
        if (missing.Count == 0) return;
        var hint = missing.Contains("postgres_fdw") ? " (Debian/Ubuntu: postgresql-contrib)" : "";
        throw new DevDbException($"{whoNeedsThem} extension{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}, which the developer server does not have; install {(missing.Count == 1 ? "it" : "them")} there first{hint}", ExitCodes.ExternalTool);
    }

    static Npgsql.NpgsqlParameter Parameter(string name, string? value) =>
        new(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
