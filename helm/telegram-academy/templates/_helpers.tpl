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

{{/* The image of one service: (dict "root" $ "name" $name "svc" $svc). Refuses latest. */}}
{{- define "academy.image" -}}
{{- $repository := .svc.image.repository | default (printf "%s/%s" .root.Values.image.registry .name) -}}
{{- $tag := .svc.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion | toString -}}
{{- if eq $tag "latest" -}}
{{- fail (printf "image tag of %s is latest: pin the project version" .name) -}}
{{- end -}}
{{- printf "%s:%s" $repository $tag -}}
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
{{- printf "postgresql://%s:%s@%s:5432/%s" $pg.username $pg.password (include "academy.postgresqlName" .) $pg.database -}}
{{- else -}}
{{- fail "secrets.databaseUrl is required when postgresql.enabled is false and secrets.create is true" -}}
{{- end -}}
{{- end -}}

{{/* REDIS_URL: the in-chart Redis when enabled, else secrets.redisUrl. */}}
{{- define "academy.redisUrl" -}}
{{- if .Values.secrets.redisUrl -}}
{{- .Values.secrets.redisUrl -}}
{{- else if .Values.redis.enabled -}}
{{- printf "redis://%s:6379" (include "academy.redisName" .) -}}
{{- else -}}
{{- fail "secrets.redisUrl is required when redis.enabled is false and secrets.create is true" -}}
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
