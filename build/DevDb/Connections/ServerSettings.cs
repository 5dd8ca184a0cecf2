using Npgsql;

namespace DevDb.Connections;

/// <summary>A fully resolved connection to one database. <see cref="Password"/> is never printed.</summary>
public sealed record ServerSettings(string Host, int Port, string Database, string User, string? Password, string? SslMode)
{
    public bool IsUnixSocket => Host.StartsWith('/');

    /// <summary>What messages show: never the password.</summary>
    public string Describe() => $"{User}@{(IsUnixSocket ? Host : Host + ":" + Port)}/{Database}";

    public override string ToString() => Describe();

    public ServerSettings WithDatabase(string database, PasswordSource passwords) =>
        this with { Database = database, Password = passwords.Find(Host, Port, database, User) };

    /// <summary>The Npgsql connection string; <paramref name="readOnly"/> makes every transaction read-only on the server.</summary>
    public string ConnectionString(bool readOnly = false, string applicationName = "devdb")
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Database = Database,
            Username = User,
            ApplicationName = applicationName,
            Timeout = 10,
            CommandTimeout = 0,
            Pooling = false,
            IncludeErrorDetail = true,
            // libpq's sslmode names map onto Npgsql's; the default, like libpq's, is prefer.
            SslMode = SslMode switch
            {
                null or "prefer" => Npgsql.SslMode.Prefer,
                "disable" => Npgsql.SslMode.Disable,
                "allow" => Npgsql.SslMode.Allow,
                "require" => Npgsql.SslMode.Require,
                "verify-ca" => Npgsql.SslMode.VerifyCA,
                "verify-full" => Npgsql.SslMode.VerifyFull,
                _ => throw new ArgumentException("unknown sslmode " + SslMode),
            },
        };
        if (Password is not null) builder.Password = Password;
        if (readOnly) builder.Options = "-c default_transaction_read_only=on";
        return builder.ConnectionString;
    }

    /// <summary>Environment for pg_dump and friends: libpq variables, the password only through PGPASSWORD.</summary>
    public IReadOnlyDictionary<string, string?> LibpqEnvironment(bool readOnly = false)
    {
        var env = new Dictionary<string, string?>
        {
            ["PGHOST"] = Host,
            ["PGPORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGDATABASE"] = Database,
            ["PGUSER"] = User,
            ["PGPASSWORD"] = Password,
            ["PGSSLMODE"] = SslMode,
            ["PGAPPNAME"] = "devdb",
            ["PGCONNECT_TIMEOUT"] = "10",
            ["PGOPTIONS"] = readOnly ? "-c default_transaction_read_only=on" : null,
            // our own password lookup already ran; stop libpq prompting or reading another file
            ["PGPASSFILE"] = Password is null ? "/dev/null" : null,
        };
        return env;
    }
}
