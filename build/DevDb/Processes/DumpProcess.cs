using DevDb.Common;
using DevDb.Tools;

namespace DevDb.Processes;

/// <summary>
/// Writes the developer database as a compressed custom-format dump that restores anywhere.
/// A dump of the developer database itself would carry the foreign server, the user mapping with
/// production's password and the foreign tables, so the dump is taken from a throwaway copy from
/// which everything that reaches production has been dropped.
/// </summary>
public static class DumpProcess
{
    /// <summary>Entries of the dump's table of contents that must never be in it.</summary>
    static readonly string[] ForbiddenEntries = ["SERVER", "USER MAPPING", "FOREIGN TABLE", "FOREIGN DATA WRAPPER"];

    public static string Run(DevDbSettings settings)
    {
        var sql = settings.Sql;
        var name = settings.Development.Database;
        var copy = (name.Length > 50 ? name[..50] : name) + "_dump_copy";
        string[] foreignSchemas;

        using (var dev = settings.OpenDevelopment())
        {
            SchemaProcess.RequireSetUp(settings, dev);
            foreignSchemas = dev.Query(sql.Load("shared/mirrored_schemas.sql"), r => r.GetString(1)).ToArray();
        }

        using (var server = settings.OpenDevelopmentMaintenance())
        {
            // Sessions closed a moment ago (our own populate's, say) linger while their backends
            // exit: wait for them as CREATE DATABASE would, before blaming anyone.
            var deadline = DateTime.UtcNow.AddSeconds(5);
            var (others, applications) = OtherSessions();
            while (others > 0 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
                (others, applications) = OtherSessions();
            }
            if (others > 0)
            {
                if (!settings.Force)
                    throw new DevDbException($"developer database \"{name}\" has {others} other session{(others == 1 ? "" : "s")} open ({applications}); close them, or pass --force to disconnect them", ExitCodes.BadInput);
                server.Execute(sql.Load("shared/terminate_sessions.sql"), name);
            }

            (int, string) OtherSessions() => server.Query(sql.Load("dump/other_sessions.sql"), r => (r.GetInt32(0), r.GetString(1)), name).Single();
            server.Execute(sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier(copy) }));
            server.Execute(sql.Render("dump/copy_database.sql", new()
            {
                ["copy"] = SqlFragment.Identifier(copy),
                ["database"] = SqlFragment.Identifier(name),
            }));
        }

        try
        {
            var copySettings = settings.Development.WithDatabase(copy, settings.Passwords);
            Dictionary<string, long> rows;
            string serverVersion;
            using (var db = Connections.Database.Open("dump copy", copySettings))
            {
                db.Execute(sql.Render("dump/strip_copy.sql", new()
                {
                    ["foreign_schemas"] = SqlFragment.Identifiers(foreignSchemas.Append(Naming.InternalSchema)),
                    ["copy"] = SqlFragment.Identifier(copy),
                }));
                rows = db.Query(sql.Load("dump/table_rows.sql"), r => new TableName(r.GetString(0), r.GetString(1)))
                    .ToDictionary(t => t.ToString(), t => db.Scalar<long>(sql.Render("dump/count_rows.sql", new() { ["table"] = t })));
                serverVersion = db.Scalar<string>(sql.Load("dump/server_version.sql")) ?? "";
            }

            var target = settings.DumpFile;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".tmp";
            var pgDump = PgTools.Find("pg_dump");
            var result = PgTools.Run(pgDump, ["--format=custom", "--compress=6", "--no-owner", "--no-privileges", "--file=" + temporary],
                copySettings.LibpqEnvironment());
            if (result.ExitCode != 0)
            {
                File.Delete(temporary);
                throw new DevDbException($"pg_dump of the developer database failed (exit {result.ExitCode}): {PgTools.FirstError(result.StandardError)}", ExitCodes.ExternalTool);
            }

            CheckContents(temporary);
            File.Move(temporary, target, overwrite: true);
            var size = new FileInfo(target).Length;
            var configPath = settings.Config.SourcePath;
            var manifest = new Manifest(Path.GetFileName(target), Manifest.Sha256Of(target), size, serverVersion, Manifest.DevDbVersionText, DateTimeOffset.UtcNow,
                configPath is not null && File.Exists(configPath) ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(configPath))) : null,
                rows);
            manifest.Write(target);
            StepSummary.Dumped(settings, manifest);
            settings.Reporter.Info($"Wrote {Path.GetRelativePath(settings.RepositoryRoot, target)} ({size / 1024.0 / 1024.0:0.0} MB); restore it with: createdb devdb && pg_restore --no-owner -d devdb {Path.GetFileName(target)}");
            return target;
        }
        finally
        {
            using var server = settings.OpenDevelopmentMaintenance();
            server.Execute(sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier(copy) }));
        }
    }

    /// <summary>Lists the dump's table of contents and refuses it if anything reaching production slipped in.</summary>
    public static void CheckContents(string dumpFile)
    {
        var result = PgTools.Run(PgTools.Find("pg_restore"), ["--list", dumpFile], new Dictionary<string, string?>());
        if (result.ExitCode != 0)
            throw new DevDbException($"pg_restore cannot read the dump just written: {PgTools.FirstError(result.StandardError)}", ExitCodes.ExternalTool);
        foreach (var line in result.StandardOutput.Split('\n'))
        {
            if (line.StartsWith(';')) continue;
            var entry = ForbiddenEntries.FirstOrDefault(f => line.Contains(" " + f + " ", StringComparison.Ordinal));
            if (entry is null) continue;
            File.Delete(dumpFile);
            throw new DevDbException($"the dump would contain a {entry} ({line.Trim()}); not written");
        }
    }
}
