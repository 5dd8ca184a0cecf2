using System.Globalization;
using DevDb.Common;
using DevDb.Configuration;

namespace DevDb.Connections;

/// <summary>Settings given on the command line (<c>--prod-host</c> and so on); null means not given.</summary>
public sealed record ServerArguments(string? Host = null, int? Port = null, string? Database = null, string? User = null)
{
    public static readonly ServerArguments None = new();
}

/// <summary>Finds passwords the way libpq does: PGPASSWORD, then PGPASSFILE or ~/.pgpass.</summary>
public sealed class PasswordSource
{
    readonly string? _environmentPassword;
    readonly Lazy<PgPassFile?> _file;

    public PasswordSource(Func<string, string?> environment, string? homeDirectory, Action<string> warn)
    {
        _environmentPassword = NonEmpty(environment("PGPASSWORD"));
        var path = NonEmpty(environment("PGPASSFILE"))
                   ?? (homeDirectory is null ? null : Path.Combine(homeDirectory, OperatingSystem.IsWindows() ? @"postgresql\pgpass.conf" : ".pgpass"));
        _file = new Lazy<PgPassFile?>(() => path is null ? null : PgPassFile.Load(path, warn));
    }

    public string? Find(string host, int port, string database, string user) =>
        _environmentPassword ?? _file.Value?.Find(host, port, database, user);

    static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}

/// <summary>
/// Resolves production's and the developer database's connections. Precedence, highest first:
/// command-line arguments, the config file, the libpq environment, then the defaults the team's
/// old scripts used (user postgres, databases proddb and devdb, libpq's default host and port).
/// </summary>
public static class ConnectionResolver
{
    public const string DefaultProductionDatabase = "proddb";
    public const string DefaultDevelopmentDatabase = "devdb";
    public const string DefaultUser = "postgres";

    public static ServerSettings Resolve(
        ServerArguments arguments, ServerSection config, string defaultDatabase,
        Func<string, string?> environment, PasswordSource passwords, Func<string, bool>? socketExists = null)
    {
        var port = arguments.Port ?? config.Port ?? ParsePort(environment("PGPORT")) ?? 5432;
        var host = arguments.Host ?? config.Host ?? FirstHost(environment("PGHOST")) ?? DefaultHost(port, socketExists ?? File.Exists);
        var database = arguments.Database ?? config.Database ?? defaultDatabase;
        var user = arguments.User ?? config.User ?? NonEmpty(environment("PGUSER")) ?? DefaultUser;
        var sslMode = config.SslMode ?? NonEmpty(environment("PGSSLMODE"));
        if (sslMode is not null && !ConfigLoader.IsValidSslMode(sslMode))
            throw new DevDbException($"PGSSLMODE '{sslMode}' is not an sslmode libpq knows", ExitCodes.BadInput);
        return new ServerSettings(host, port, database, user, passwords.Find(host, port, database, user), sslMode);
    }

    /// <summary>libpq connects through the local Unix socket when no host is given; so do we, where that socket exists.</summary>
    static string DefaultHost(int port, Func<string, bool> socketExists)
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var dir in new[] { "/var/run/postgresql", "/tmp" })
                if (socketExists(Path.Combine(dir, ".s.PGSQL." + port.ToString(CultureInfo.InvariantCulture)))) return dir;
        }
        return "localhost";
    }

    static int? ParsePort(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536) return port;
        throw new DevDbException($"PGPORT '{text}' is not a port number", ExitCodes.BadInput);
    }

    static string? FirstHost(string? hosts) => NonEmpty(hosts?.Split(',')[0].Trim());

    static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
