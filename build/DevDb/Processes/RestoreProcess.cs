using System.Net.Http;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Tools;

namespace DevDb.Processes;

/// <summary>
/// RestoreDevDb: what a contributor runs. Gets the dump from a path or URL, checks it against its
/// manifest, and restores it as the local developer database, in parallel. A user who may create
/// databases gets an all-or-nothing restore (a new database swapped in); an owner who may not has
/// the database emptied of their objects and restored in place.
/// </summary>
public static class RestoreProcess
{
    public static void Run(DevDbSettings settings, string source)
    {
        var report = settings.Reporter;
        var file = Fetch(settings, source);
        var manifest = IsUrl(source) ? FetchManifest(settings, source, file) : Manifest.Read(file);
        if (manifest is not null)
        {
            var actual = Manifest.Sha256Of(file);
            if (!string.Equals(actual, manifest.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new DevDbException($"{Path.GetFileName(file)} does not match its manifest (sha256 {actual[..12]}…, the manifest says {manifest.Sha256[..Math.Min(12, manifest.Sha256.Length)]}…): the file is damaged or not the one published; nothing was restored", ExitCodes.BadInput);
            report.Info($"Checked {Path.GetFileName(file)} against its manifest: built {manifest.BuiltAt:yyyy-MM-dd HH:mm} UTC by DevDb {manifest.DevDbVersion}, {manifest.RowsPerTable.Values.Sum():N0} rows");
        }
        else report.Warn($"{Path.GetFileName(file)} has no manifest beside it: its checksum cannot be checked");

        var sql = settings.Sql;
        var name = settings.Development.Database;
        bool canCreate, exists, owns;
        using (var server = settings.OpenDevelopmentMaintenance())
            (canCreate, exists, owns) = server.Query(sql.Load("restore/capabilities.sql"), r => (r.GetBoolean(0), r.GetBoolean(1), r.GetBoolean(2)), name).Single();

        if (canCreate)
        {
            var staging = settings.StagingDatabase;
            using (var server = settings.OpenDevelopmentMaintenance())
            {
                server.Execute(sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier(staging) }));
                server.Execute(sql.Render("shared/create_utf8_database.sql", new() { ["database"] = SqlFragment.Identifier(staging) }));
            }
            settings.Run.Staging = staging;
            try
            {
                PgRestore(settings, file, staging);
            }
            catch
            {
                using var server = settings.OpenDevelopmentMaintenance();
                server.Execute(sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier(staging) }));
                settings.Run.Staging = null;
                throw;
            }
            SetupProcess.SwapIn(settings);
        }
        else if (exists && owns)
        {
            report.Info($"{settings.Development.User} may not create databases: restoring into {name}, which they own, in place");
            using (var dev = settings.OpenDevelopment()) dev.Execute(sql.Load("restore/empty_database.sql"));
            PgRestore(settings, file, name);
        }
        else
        {
            throw new DevDbException(exists
                ? $"database \"{name}\" belongs to another user and {settings.Development.User} may not create databases; ask for it to be given to {settings.Development.User}"
                : $"database \"{name}\" does not exist and {settings.Development.User} may not create databases; ask for it to be created with OWNER {settings.Development.User}",
                ExitCodes.BadInput);
        }

        var d = settings.Development;
        report.Step("The developer database is restored. Connect with:");
        report.Info($"  psql -h {d.Host} -p {d.Port} -U {d.User} {d.Database}");
    }

    static void PgRestore(DevDbSettings settings, string file, string database)
    {
        var jobs = Math.Clamp(Environment.ProcessorCount, 1, 8).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var target = settings.Development.WithDatabase(database, settings.Passwords);
        var result = PgTools.Run(PgTools.Find("pg_restore"),
            ["--no-owner", "--no-privileges", "--exit-on-error", "--jobs=" + jobs, "--dbname=" + database, file], target.LibpqEnvironment());
        if (result.ExitCode != 0)
            throw new DevDbException($"pg_restore failed (exit {result.ExitCode}): {PgTools.FirstError(result.StandardError)}", ExitCodes.ExternalTool);
        settings.Reporter.Info($"Restored {Path.GetFileName(file)} into {Sql.Quote(database)} with {jobs} parallel jobs");
    }

    static bool IsUrl(string source) =>
        source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The dump as a local file: the path itself, or a download into .devdb/downloads.</summary>
    static string Fetch(DevDbSettings settings, string source)
    {
        if (!IsUrl(source))
        {
            var path = Path.GetFullPath(source, settings.RepositoryRoot);
            if (!File.Exists(path)) throw new DevDbException($"dump not found: {path}", ExitCodes.BadInput);
            return path;
        }
        var name = Path.GetFileName(new Uri(source).AbsolutePath);
        var target = Path.Combine(settings.RepositoryRoot, ".devdb", "downloads", string.IsNullOrEmpty(name) ? "devdb.dump" : name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        settings.Reporter.Info($"Downloading {Redacted(source)}");
        using var response = Get(source) ?? throw new DevDbException($"cannot download {Redacted(source)}: not found", ExitCodes.Connection);
        using (var file = File.Create(target + ".part")) response.Content.CopyTo(file, null, CancellationToken.None);
        File.Move(target + ".part", target, overwrite: true);
        return target;
    }

    static Manifest? FetchManifest(DevDbSettings settings, string source, string file)
    {
        var url = new UriBuilder(source);
        url.Path += ".manifest.json";
        using var response = Get(url.Uri.ToString());
        if (response is null) return null;
        File.WriteAllText(Manifest.PathFor(file), response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        return Manifest.Read(file);
    }

    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(30) };

    /// <summary>A successful response, null for 404, an error for anything else.</summary>
    static HttpResponseMessage? Get(string url)
    {
        try
        {
            var response = Http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound) { response.Dispose(); return null; }
            if (!response.IsSuccessStatusCode)
            {
                var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                response.Dispose();
                throw new DevDbException($"cannot download {Redacted(url)}: {status}", ExitCodes.Connection);
            }
            return response;
        }
        catch (HttpRequestException e)
        {
            throw new DevDbException($"cannot download {Redacted(url)}: {e.Message}", ExitCodes.Connection);
        }
    }

    /// <summary>A URL without its query string, which may carry a token.</summary>
    static string Redacted(string url) => url.Split('?')[0];
}
