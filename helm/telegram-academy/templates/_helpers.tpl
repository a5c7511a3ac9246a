{{/* Prefix of every object name: fullnameOverride, else the release name. */}}
{{- define "academy.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{/* Name of one service's objects: <fullname>-<service>. Call with (dict "root" $ "name" $name). */}}
{{- define "academy.serviceName" -}}
{{- printf "%s-%s" (include "academy.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels every object carries, besides its selector labels. */}}
{{- define "academy.baseLabels" -}}
app.kubernetes.io/part-of: telegram-academy
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Labels of objects that belong to no single component (config, ingress, policies). */}}
{{- define "academy.commonLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
{{ include "academy.baseLabels" . }}
{{- end -}}

{{/* Selector labels of one component: (dict "root" $ "name" $name). */}}
{{- define "academy.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Full labels of one service: (dict "root" $ "name" $name). */}}
{{- define "academy.serviceLabels" -}}
{{ include "academy.selectorLabels" . }}
app.kubernetes.io/component: api
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
{{ include "academy.baseLabels" .root }}
{{- end -}}

{{/* Full labels of the Mini App (component web: the API's network policies do not select it). */}}
{{- define "academy.webLabels" -}}
{{ include "academy.selectorLabels" . }}
app.kubernetes.io/component: web
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
{{ include "academy.baseLabels" .root }}
{{- end -}}

{{/* One service's values: serviceDefaults deep-merged with services.<name>. (dict "root" $ "name" $name). */}}
{{- define "academy.serviceValues" -}}
{{- $overrides := index .root.Values.services .name | default dict -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.serviceDefaults) (deepCopy $overrides)) -}}
{{- end -}}

{{/* The image of one service: (dict "root" $ "name" $name "svc" $svc). A digest pins it; refuses latest. */}}
{{- define "academy.image" -}}
{{- $repository := .svc.image.repository | default (printf "%s/%s" .root.Values.image.registry .name) -}}
{{- if .svc.image.digest -}}
{{- if not (hasPrefix "sha256:" .svc.image.digest) -}}
{{- fail (printf "image.digest of %s must look like sha256:<64 hex digits>" .name) -}}
{{- end -}}
{{- printf "%s@%s" $repository .svc.image.digest -}}
{{- else -}}
{{- $tag := .svc.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion | toString -}}
{{- if eq $tag "latest" -}}
{{- fail (printf "image tag of %s is latest: pin the project version" .name) -}}
{{- end -}}
{{- printf "%s:%s" $repository $tag -}}
{{- end -}}
{{- end -}}

{{/* The Secret a service reads DATABASE_URL, REDIS_URL (and the bot token) from: (dict "root" $ "name" $name "svc" $svc). */}}
{{- define "academy.secretName" -}}
{{- .svc.existingSecret | default (printf "%s-secrets" (include "academy.serviceName" .)) -}}
{{- end -}}

{{/* The Secret holding user-service's private-key.pem. */}}
{{- define "academy.jwtSecretName" -}}
{{- .Values.jwt.existingSecret | default (printf "%s-jwt" (include "academy.serviceName" (dict "root" . "name" "user-service"))) -}}
{{- end -}}

{{/* The ServiceAccount of one service: (dict "root" $ "name" $name "svc" $svc). */}}
{{- define "academy.serviceAccountName" -}}
{{- if .svc.serviceAccount.create -}}
{{- .svc.serviceAccount.name | default (include "academy.serviceName" .) -}}
{{- else -}}
{{- .svc.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* The in-chart PostgreSQL password: required, never a default everybody knows. */}}
{{- define "academy.postgresqlPassword" -}}
{{- required "postgresql.auth.password is required with the in-chart PostgreSQL: choose one (e.g. --set postgresql.auth.password=$(openssl rand -hex 16)) and keep it in your values file; it cannot change after the first install" .Values.postgresql.auth.password -}}
{{- end -}}

{{- define "academy.postgresqlName" -}}
{{- printf "%s-postgresql" (include "academy.fullname" .) -}}
{{- end -}}

{{- define "academy.redisName" -}}
{{- printf "%s-redis" (include "academy.fullname" .) -}}
{{- end -}}

{{/* DATABASE_URL: the in-chart PostgreSQL when enabled, else secrets.databaseUrl. */}}
{{- define "academy.databaseUrl" -}}
{{- if .Values.secrets.databaseUrl -}}
{{- .Values.secrets.databaseUrl -}}
{{- else if .Values.postgresql.enabled -}}
{{- $pg := .Values.postgresql.auth -}}
{{- printf "postgresql://%s:%s@%s:5432/%s" $pg.username (include "academy.postgresqlPassword" . | urlquery) (include "academy.postgresqlName" .) $pg.database -}}
{{- else -}}
{{- fail "secrets.databaseUrl is required when postgresql.enabled is false and secrets.create is true (postgresql://user:password@host:5432/db), or give every service an existingSecret" -}}
{{- end -}}
{{- end -}}

{{/* REDIS_URL: the in-chart Redis when enabled, else secrets.redisUrl. */}}
{{- define "academy.redisUrl" -}}
{{- if .Values.secrets.redisUrl -}}
{{- .Values.secrets.redisUrl -}}
{{- else if .Values.redis.enabled -}}
{{- printf "redis://%s:6379" (include "academy.redisName" .) -}}
{{- else -}}
{{- fail "secrets.redisUrl is required when redis.enabled is false and secrets.create is true (redis://host:6379), or give every service an existingSecret" -}}
{{- end -}}
{{- end -}}

{{/*
The PostgreSQL connection budget (docs/operations.md): for every service,
(maxReplicas + maxSurge) x (DB_POOL_SIZE + dedicated connections per pod), plus the reserved
connections, must fit in max_connections. Rendering fails otherwise.
*/}}
{{- define "academy.checkConnectionBudget" -}}
{{- $budget := .Values.connectionBudget -}}
{{- $perPod := add (int .Values.config.dbPoolSize) (int $budget.dedicatedPerPod) -}}
{{- $total := int $budget.reserved -}}
{{- range $name, $_ := .Values.services -}}
{{- $svc := include "academy.serviceValues" (dict "root" $ "name" $name) | fromYaml -}}
{{- if $svc.enabled -}}
{{- $pods := ternary $svc.autoscaling.maxReplicas $svc.replicaCount $svc.autoscaling.enabled | int -}}
{{- $total = add $total (mul (add $pods (int $.Values.rollingUpdate.maxSurge)) $perPod) -}}
{{- end -}}
{{- end -}}
{{- if gt (int $total) (int $budget.maxConnections) -}}
{{- fail (printf "connection budget exceeded: the services may open %d PostgreSQL connections but connectionBudget.maxConnections is %d (lower maxReplicas or config.dbPoolSize)" (int $total) (int $budget.maxConnections)) -}}
{{- end -}}
{{- end -}}

{{/* Port of tracing.otlpEndpoint (default 4317, OTLP/gRPC). */}}
{{- define "academy.otlpPort" -}}
{{- $port := regexFind "[0-9]+$" (urlParse .Values.tracing.otlpEndpoint).host -}}
{{- default "4317" $port -}}
{{- end -}}

{{/* The pod's topology spread: raw topologySpreadConstraints, else the zone/node preference. (dict "root" $ "name" $name "svc" $svc) */}}
{{- define "academy.topologySpread" -}}
{{- if .svc.topologySpreadConstraints -}}
{{- toYaml .svc.topologySpreadConstraints -}}
{{- else if .svc.topologySpread.enabled -}}
{{- $ctx := . -}}
{{- range .svc.topologySpread.topologyKeys }}
- maxSkew: {{ $ctx.svc.topologySpread.maxSkew }}
  topologyKey: {{ . }}
  whenUnsatisfiable: {{ $ctx.svc.topologySpread.whenUnsatisfiable }}
  labelSelector:
    matchLabels:
      {{- include "academy.selectorLabels" $ctx | nindent 6 }}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* The CIDR of external data stores; required as soon as one of them is outside the chart. */}}
{{- define "academy.dataStoreCidr" -}}
{{- required "networkPolicy.dataStoreCidr is required when postgresql.enabled or redis.enabled is false: the CIDR of your PostgreSQL/Redis (e.g. 10.20.0.0/16), so egress to 5432/6379 is not open to every address" .Values.networkPolicy.dataStoreCidr -}}
{{- end -}}

{{/* user-service's private key, checked: a PKCS#8 PEM ("BEGIN PRIVATE KEY"), never empty. */}}
{{- define "academy.jwtPrivateKey" -}}
{{- $key := required "jwt.privateKey is required: the PKCS#8 PEM key user-service signs tokens with (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out private-key.pem; then --set-file jwt.privateKey=private-key.pem), or name a Secret of yours in jwt.existingSecret" .Values.jwt.privateKey -}}
{{- if not (contains "-----BEGIN PRIVATE KEY-----" $key) -}}
{{- fail "jwt.privateKey must be a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----); convert an RSA key with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out private-key.pem" -}}
{{- end -}}
{{- $key -}}
{{- end -}}

{{/* The checksum of what a service's chart-written Secrets hold, so its pods roll when they change. */}}
{{- define "academy.secretChecksum" -}}
{{- $parts := list -}}
{{- if and .root.Values.secrets.create (not .svc.existingSecret) -}}
{{- $parts = append $parts (include "academy.databaseUrl" .root) -}}
{{- $parts = append $parts (include "academy.redisUrl" .root) -}}
{{- if eq .name "user-service" -}}
{{- $parts = append $parts (.root.Values.secrets.telegramBotToken | default "") -}}
{{- end -}}
{{- if eq .name "projector-service" -}}
{{- $parts = append $parts (include "academy.displayNameKey" .root) -}}
{{- end -}}
{{- end -}}
{{- if and (eq .name "user-service") .root.Values.secrets.create (not .root.Values.jwt.existingSecret) -}}
{{- $parts = append $parts (.root.Values.jwt.privateKey | default "") -}}
{{- end -}}
{{- join "\n" $parts | sha256sum -}}
{{- end -}}

{{/*
ACADEMY_CORS_ORIGINS: config.corsOrigins when set, else Telegram's web client and the Mini App's
own origin, https://<ingress.host>: the Mini App's POSTs carry it and the services, behind the
TLS-terminating Ingress, do not take it for their own (without it every POST is 403).
*/}}
{{- define "academy.corsOrigins" -}}
{{- if .Values.config.corsOrigins -}}
{{- .Values.config.corsOrigins -}}
{{- else if and .Values.ingress.enabled .Values.ingress.host -}}
{{- printf "https://web.telegram.org,https://%s" .Values.ingress.host -}}
{{- else -}}
https://web.telegram.org
{{- end -}}
{{- end -}}

{{/*
ACADEMY_DISPLAY_NAME_KEY: secrets.displayNameKey, else a key derived from the chart's other secrets
(never a constant: a public key would let anyone map a leaderboard label back to a Telegram id).
*/}}
{{- define "academy.displayNameKey" -}}
{{- if .Values.secrets.displayNameKey -}}
{{- .Values.secrets.displayNameKey -}}
{{- else -}}
{{- list "display-names" .Values.jwt.privateKey .Values.secrets.telegramBotToken (include "academy.databaseUrl" .) | join "\n" | sha256sum -}}
{{- end -}}
{{- end -}}
