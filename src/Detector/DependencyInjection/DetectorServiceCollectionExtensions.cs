using System.Diagnostics.Metrics;
using Detector.Scoring;
using Detector.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Detector to a service collection.</summary>
public static class DetectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="ConversationScorer"/> (also as <see cref="IConversationScorer"/>): one thread-safe instance,
    /// built on first use from <see cref="IOptions{DetectorOptions}"/>, with its metrics and logs going to the container's
    /// <see cref="IMeterFactory"/> and <see cref="ILoggerFactory"/> when it has them. The options are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults (bundled models and rule packs).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddDetector(this IServiceCollection services, Action<DetectorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = AddDetectorServices(services);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Registers a <see cref="ConversationScorer"/> as <see cref="AddDetector(IServiceCollection, Action{DetectorOptions}?)"/>
    /// does, its options bound from <paramref name="configuration"/>, usually the <c>Detector</c> section
    /// (<c>configuration.GetSection(DetectorOptions.SectionName)</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding the options (keys named as the properties of <see cref="DetectorOptions"/>).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddDetector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddDetectorServices(services).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<DetectorOptions> AddDetectorServices(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DetectorOptions>, DetectorOptionsValidator>());
        services.TryAddSingleton(CreateScorer);
        services.TryAddSingleton<IConversationScorer>(provider => provider.GetRequiredService<ConversationScorer>());
        return services.AddOptions<DetectorOptions>().ValidateOnStart();
    }

    private static ConversationScorer CreateScorer(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<DetectorOptions>>().Value;
        var telemetry = new DetectorTelemetry(provider.GetService<IMeterFactory>(), provider.GetService<ILoggerFactory>(), options.LogConversationIds);
        return new ConversationScorer(options, method: null, telemetry);
    }
}
