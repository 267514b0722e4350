{{/*
Chart name, overridable with nameOverride.
*/}}
{{- define "shortlist.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Release-scoped name. Truncated to 56 characters so that "-worker" still fits the 63 limit.
*/}}
{{- define "shortlist.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 56 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 56 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 56 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Name of one component's objects. Call with (dict "root" $ "component" "api").
*/}}
{{- define "shortlist.componentName" -}}
{{- printf "%s-%s" (include "shortlist.fullname" .root) .component }}
{{- end }}

{{- define "shortlist.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Selector labels of one component. Call with (dict "root" $ "component" "api").
*/}}
{{- define "shortlist.selectorLabels" -}}
app.kubernetes.io/name: {{ include "shortlist.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Common labels. Call with (dict "root" $ "component" "api"); component may be empty.
*/}}
{{- define "shortlist.labels" -}}
helm.sh/chart: {{ include "shortlist.chart" .root }}
{{- if .component }}
{{ include "shortlist.selectorLabels" . }}
{{- else }}
app.kubernetes.io/name: {{ include "shortlist.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: shortlist
{{- end }}

{{- define "shortlist.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "shortlist.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "shortlist.secretName" -}}
{{- default (include "shortlist.fullname" .) .Values.secrets.existingSecret }}
{{- end }}

{{- define "shortlist.configMapName" -}}
{{- include "shortlist.fullname" . }}
{{- end }}

{{/*
Image reference. Call with (dict "root" $ "image" .Values.api.image).
*/}}
{{- define "shortlist.image" -}}
{{- if .image.digest }}
{{- printf "%s@%s" .image.repository .image.digest }}
{{- else }}
{{- printf "%s:%s" .image.repository (default .root.Chart.AppVersion .image.tag) }}
{{- end }}
{{- end }}

{{/*
Pod annotations that roll the pods when configuration or chart-managed secrets change.
*/}}
{{- define "shortlist.configChecksums" -}}
checksum/config: {{ include (print .Template.BasePath "/configmap.yaml") . | sha256sum }}
{{- if not .Values.secrets.existingSecret }}
checksum/secret: {{ include (print .Template.BasePath "/secret.yaml") . | sha256sum }}
{{- end }}
{{- end }}

{{/*
Volumes both components mount: /tmp and DATA_DIR (the root filesystem is read-only).
*/}}
{{- define "shortlist.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpDir.sizeLimit }}
- name: data
  {{- if .Values.dataDir.existingClaim }}
  persistentVolumeClaim:
    claimName: {{ .Values.dataDir.existingClaim }}
  {{- else }}
  emptyDir:
    sizeLimit: {{ .Values.dataDir.sizeLimit }}
  {{- end }}
{{- end }}

{{- define "shortlist.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: data
  mountPath: {{ .Values.dataDir.path }}
{{- end }}

{{/*
Environment both components take from the ConfigMap and the Secret.
*/}}
{{- define "shortlist.envFrom" -}}
- configMapRef:
    name: {{ include "shortlist.configMapName" . }}
- secretRef:
    name: {{ include "shortlist.secretName" . }}
{{- end }}

{{/*
HorizontalPodAutoscaler of one component.
Call with (dict "root" $ "component" "api" "values" .Values.api).
*/}}
{{- define "shortlist.hpa" -}}
{{- $autoscaling := .values.autoscaling }}
{{- if $autoscaling.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "shortlist.componentName" . }}
  labels:
    {{- include "shortlist.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "shortlist.componentName" . }}
  minReplicas: {{ $autoscaling.minReplicas }}
  maxReplicas: {{ $autoscaling.maxReplicas }}
  metrics:
    {{- with $autoscaling.targetCPUUtilizationPercentage }}
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
    {{- with $autoscaling.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
  {{- with $autoscaling.behavior }}
  behavior:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- end }}

{{/*
PodDisruptionBudget of one component.
Call with (dict "root" $ "component" "api" "values" .Values.api).
*/}}
{{- define "shortlist.pdb" -}}
{{- $budget := .values.podDisruptionBudget }}
{{- if $budget.enabled }}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "shortlist.componentName" . }}
  labels:
    {{- include "shortlist.labels" . | nindent 4 }}
spec:
  {{- if $budget.minAvailable }}
  minAvailable: {{ $budget.minAvailable }}
  {{- else }}
  maxUnavailable: {{ $budget.maxUnavailable | default 1 }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "shortlist.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end }}
